namespace Blueindic.Domain.Common;

public enum TaxIdKind { Dni, Nie, NifKlm, Cif, EuVat }
