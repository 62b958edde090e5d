using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Translations;
using Translate.Domain.Users;
using Translate.Domain.Workflow;

namespace Translate.Domain.Releases;

/// <summary>
/// A press release: its source document as blocks and segments, its target languages and their translations,
/// and the workflow from draft to publication. Every change goes through a method that checks the rules.
/// </summary>
public sealed partial class Release
{
    private readonly List<Block> _blocks = [];
    private readonly List<Segment> _segments = [];
    private readonly List<ReleaseLanguage> _languages = [];

    // A set, not a list: EF Core looks for an entity in the collection before adding it while loading or tracking,
    // a scan per row on a list, quadratic in a 5,000-segment release's 20,000 translations.
    private readonly HashSet<Translation> _translations = [];
    private readonly List<PublishedVersion> _publishedVersions = [];

    private TranslationIndex? _translationIndex;
    private DateTime? _embargoLocalTime;
    private string? _embargoTimeZoneId;

    private Release()
    {
        Title = Slug = CreatedById = string.Empty;
    }

    private Release(string title, string slug, Language sourceLanguage, DateOnly dueDate, Actor creator, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Title = title;
        Slug = slug;
        SourceLanguage = sourceLanguage;
        DueDate = dueDate;
        Status = ReleaseStatus.Draft;
        Version = 1;
        CreatedById = creator.Id;
        CreatedAt = now;
        LastActivityAt = now;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Slug { get; private set; }

    public Language SourceLanguage { get; private set; }

    public DateOnly DueDate { get; private set; }

    public Embargo? Embargo => _embargoLocalTime is { } local && _embargoTimeZoneId is { } zone ? new Embargo(local, zone) : null;

    public ReleaseStatus Status { get; private set; }

    /// <summary>1, then one more for each correction opened after publication.</summary>
    public int Version { get; private set; }

    /// <summary>Set when an editor asked for the release to publish itself once its embargo passes.</summary>
    public string? PublicationScheduledById { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>The uploaded document the current source was read from; null when it was typed, pasted or edited as text.</summary>
    public Guid? SourceDocumentId { get; private set; }

    /// <summary>Grows with every change to the release itself (source, details, status), guarding against lost updates.</summary>
    public int EditVersion { get; private set; }

    // Collections come back from the database in no particular order; the document's order is by index and number.
    public IReadOnlyList<Block> Blocks => [.. _blocks.OrderBy(b => b.Index)];

    public IReadOnlyList<Segment> Segments => [.. _segments.OrderBy(s => s.Number)];

    public IReadOnlyList<ReleaseLanguage> Languages => [.. _languages.OrderBy(l => l.Language)];

    public IReadOnlyCollection<Translation> Translations => _translations;

    public IReadOnlyList<PublishedVersion> PublishedVersions => _publishedVersions;

    public IEnumerable<Language> TargetLanguages => Languages.Select(l => l.Language);

    public static Release Create(
        string title, Language sourceLanguage, IEnumerable<Language>? targetLanguages, DateOnly dueDate,
        Embargo? embargo, SegmentedDocument source, Actor creator, DateTimeOffset now, string? slug = null,
        SourceDocument? sourceDocument = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        creator.EnsureEditor();
        title = title.Trim();
        if (title.Length == 0)
        {
            throw new RefusedException(Refusals.TitleRequired());
        }

        slug ??= Releases.Slug.From(title);
        if (!Releases.Slug.IsValid(slug))
        {
            throw new RefusedException(Refusals.InvalidSlug(slug));
        }

        var targets = (targetLanguages ?? LanguageCodes.All.Where(l => l != sourceLanguage)).Distinct().ToList();
        if (targets.Contains(sourceLanguage))
        {
            throw new RefusedException(Refusals.SourceAmongTargets(sourceLanguage));
        }

        if (targets.Count == 0)
        {
            throw new RefusedException(Refusals.NoTargetLanguages());
        }

        var release = new Release(title, slug, sourceLanguage, dueDate, creator, now);
        release.SetEmbargo(embargo);
        release._languages.AddRange(targets.Order().Select(l => new ReleaseLanguage(release.Id, l)));
        release.LayOut(source, new Segment?[source.SegmentCount]);
        release.KeepSourceDocument(sourceDocument);
        return release;
    }

    public ReleaseLanguage Language(Language language) =>
        _languages.Find(l => l.Language == language)
        ?? throw new RefusedException(Refusals.NotATargetLanguage(language, SourceLanguage));

    public Translation Translation(Segment segment, Language language) =>
        FindTranslation(segment, language)
        ?? throw new RefusedException(Refusals.NotATargetLanguage(language, SourceLanguage));

    public IEnumerable<Translation> TranslationsIn(Language language) =>
        _translations.Where(t => t.Language == language).OrderBy(t => t.Segment.Number);

    public void ReviseDetails(string title, DateOnly dueDate, Embargo? embargo, int basedOnEditVersion, Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        EnsureNotPublished();
        EnsureEditVersion(basedOnEditVersion);
        title = title.Trim();
        if (title.Length == 0)
        {
            throw new RefusedException(Refusals.TitleRequired());
        }

        Title = title;
        DueDate = dueDate;
        SetEmbargo(embargo);
        Touch(now);
    }

    /// <summary>Draft → InTranslation: every segment gets an empty translation in every target language.</summary>
    public void StartTranslation(Actor editor, DateTimeOffset now)
    {
        editor.EnsureEditor();
        if (Status != ReleaseStatus.Draft)
        {
            throw new RefusedException(Refusals.AlreadyStarted(Status));
        }

        if (_segments.Count == 0)
        {
            throw new RefusedException(Refusals.NothingToTranslate());
        }

        foreach (var segment in _segments)
        {
            AddTranslations(segment);
        }

        Status = ReleaseStatus.InTranslation;
        Touch(now);
    }

    private Translation? FindTranslation(Segment segment, Language language) =>
        (_translationIndex ??= new TranslationIndex(_translations)).Find(segment.Id, language);

    private void SetEmbargo(Embargo? embargo)
    {
        _embargoLocalTime = embargo?.LocalTime;
        _embargoTimeZoneId = embargo?.TimeZoneId;
    }

    private void AddTranslations(Segment segment)
    {
        foreach (var language in _languages)
        {
            _translations.Add(new Translation(segment, language.Language));
        }
    }

    private void EnsureNotPublished()
    {
        if (Status == ReleaseStatus.Published)
        {
            throw new RefusedException(Refusals.ReleasePublished(Version));
        }
    }

    /// <summary>An edit of the release itself must start from what is stored now, or it would undo someone else's.</summary>
    private void EnsureEditVersion(int basedOnEditVersion)
    {
        if (basedOnEditVersion != EditVersion)
        {
            throw new RefusedException(Refusals.ChangedMeanwhile());
        }
    }

    private void EnsureTranslating()
    {
        EnsureNotPublished();
        if (Status == ReleaseStatus.Draft)
        {
            throw new RefusedException(Refusals.NotStarted());
        }
    }

    /// <summary>ReadyToPublish is computed from the languages; Draft and Published are left only by their own actions.</summary>
    private void RefreshStatus()
    {
        if (Status is ReleaseStatus.InTranslation or ReleaseStatus.ReadyToPublish)
        {
            Status = _languages.TrueForAll(l => l.IsApproved) ? ReleaseStatus.ReadyToPublish : ReleaseStatus.InTranslation;
        }
    }

    private void Touch(DateTimeOffset now)
    {
        LastActivityAt = now;
        EditVersion++;
    }
}
