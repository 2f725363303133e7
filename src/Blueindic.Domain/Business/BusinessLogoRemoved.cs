namespace Blueindic.Domain.Business;

/// <summary>The business removed its logo; invoices issued with it keep theirs.</summary>
public sealed record BusinessLogoRemoved(Guid ProfileId);
