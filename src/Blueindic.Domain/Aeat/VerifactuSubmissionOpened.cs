namespace Blueindic.Domain.Aeat;

/// <summary>The business's first batch of VERI*FACTU records is about to go to the AEAT: its submission stream exists from here.</summary>
public sealed record VerifactuSubmissionOpened(Guid SubmissionId);
