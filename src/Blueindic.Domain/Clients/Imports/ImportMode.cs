namespace Blueindic.Domain.Clients.Imports;

public enum ImportMode { Upsert, CreateOnly }
