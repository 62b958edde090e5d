namespace Translate.Domain.Releases;

public enum ReleaseStatus
{
    /// <summary>The source is being written or imported; it can change freely.</summary>
    Draft,

    /// <summary>The source is segmented and work is assigned.</summary>
    InTranslation,

    /// <summary>Every target language is approved. Computed, never set by hand.</summary>
    ReadyToPublish,

    /// <summary>A published version exists and no correction is open.</summary>
    Published,
}
