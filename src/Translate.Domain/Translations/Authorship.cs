namespace Translate.Domain.Translations;

/// <summary>
/// That someone saved translations of a language in a version of the release, and from where: what the four-eyes
/// rule needs of the revisions, one row per author, version and origin however many segments they wrote.
/// </summary>
public sealed record Authorship(string AuthorId, int ReleaseVersion, RevisionOrigin Origin);
