namespace Blueindic.Domain.Clients.Imports;

public enum RowOutcome { Created, Updated, Unchanged, Failed }
