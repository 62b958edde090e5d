using Translate.Application.Checks;
using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Releases;

namespace Translate.Application.Releases;

/// <summary>A release as the list shows it.</summary>
public sealed record ReleaseSummary(
    Guid Id,
    string Slug,
    string Title,
    ReleaseStatus Status,
    Language SourceLanguage,
    DateOnly DueDate,
    DateTimeOffset LastActivityAt,
    int Segments,
    int Words,
    IReadOnlyList<LanguageProgress> Languages);

/// <summary>Where one target language stands, in segments and words ("translated" counts approved ones too).</summary>
public sealed record LanguageProgress(
    Language Language,
    LanguageState State,
    int Segments,
    int Words,
    int Translated,
    int TranslatedWords,
    int Approved,
    int ApprovedWords)
{
    public int TranslatedPercent => Segments == 0 ? 0 : Translated * 100 / Segments;

    public int ApprovedPercent => Segments == 0 ? 0 : Approved * 100 / Segments;
}

/// <summary>What a translator has to do in one release and language.</summary>
public sealed record WorkItem(Guid ReleaseId, string Slug, string Title, Language Language, DateOnly DueDate, int Assigned, int Open, int OpenWords);

/// <summary>The release page: the release, its language matrix, and its published versions.</summary>
public sealed record ReleaseOverview(
    ReleaseSummary Summary,
    Embargo? Embargo,
    int Version,
    int EditVersion,
    bool PublicationScheduled,
    string SourceText,
    IReadOnlyList<LanguageRow> Languages,
    IReadOnlyList<PublishedVersionView> PublishedVersions,
    SourceDocumentView? SourceDocument = null);

/// <summary>The uploaded document the current source was read from: exports rebuild it in each language.</summary>
public sealed record SourceDocumentView(string FileName, SourceFormat Format, int Size);

/// <summary>One row of the language matrix, with what the checks find in the language's stored translations.</summary>
public sealed record LanguageRow(LanguageProgress Progress, IReadOnlyList<Assignee> Assignees, DateTimeOffset? LastActivityAt, CheckSummary Checks);

/// <summary>A translator with work in a language, and how much of it.</summary>
public sealed record Assignee(string Id, string Name, int Segments, int Words);

public sealed record PublishedVersionView(int Number, DateTimeOffset PublishedAt, string PublishedBy);
