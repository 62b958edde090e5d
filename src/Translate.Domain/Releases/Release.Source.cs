using Translate.Domain.Documents;
using Translate.Domain.Languages;
using Translate.Domain.Segmentation;
using Translate.Domain.Translations;
using Translate.Domain.Users;

namespace Translate.Domain.Releases;

public sealed partial class Release
{
    /// <summary>What <see cref="ChangeSource"/> would do, without doing it: for the editor's warning.</summary>
    public SourceChange PlanSourceChange(SegmentedDocument newSource)
    {
        ArgumentNullException.ThrowIfNull(newSource);
        var segments = Segments;
        var newTexts = newSource.Segments.ToList();
        var alignment = SegmentAlignment.Align(segments.Select(s => s.Text).ToList(), newTexts);

        var unchanged = 0;
        var changed = new List<ChangedSegment>();
        var added = new List<string>();
        var removed = new List<RemovedSegment>();
        var losing = new HashSet<Language>();
        foreach (var (oldIndex, newIndex) in alignment)
        {
            switch (oldIndex, newIndex)
            {
                case ({ } o, { } n) when segments[o].Text == newTexts[n]:
                    unchanged++;
                    break;
                case ({ } o, { } n):
                    var toUpdate = TranslationsOf(segments[o]).Where(t => t.State != TranslationState.Empty).ToList();
                    changed.Add(new ChangedSegment(segments[o].Number, segments[o].Text, newTexts[n], toUpdate.Count));
                    losing.UnionWith(toUpdate.Select(t => t.Language));
                    break;
                case (null, { } n):
                    added.Add(newTexts[n]);
                    losing.UnionWith(_translations.Count > 0 ? TargetLanguages : []);
                    break;
                case ({ } o, null):
                    var lost = TranslationsOf(segments[o]).Count(t => t.State != TranslationState.Empty);
                    removed.Add(new RemovedSegment(segments[o].Number, segments[o].Text, lost));
                    break;
            }
        }

        var languagesLosingApproval = Languages
            .Where(l => losing.Contains(l.Language) && l.State is LanguageState.Approved or LanguageState.InReview)
            .Select(l => l.Language)
            .ToList();
        return new SourceChange(unchanged, changed, added, removed, languagesLosingApproval);
    }

    /// <summary>
    /// Replaces the source. In a draft it changes freely. Once in translation, segments with unchanged text keep
    /// their translations; changed ones become NeedsUpdate in every language, and those languages lose their approval.
    /// The new source's document is kept when it came as one; a source typed or edited as text has none.
    /// </summary>
    public SourceChange ChangeSource(
        SegmentedDocument newSource, int basedOnEditVersion, Actor editor, DateTimeOffset now, SourceDocument? sourceDocument = null)
    {
        editor.EnsureEditor();
        EnsureNotPublished();
        EnsureEditVersion(basedOnEditVersion);
        var plan = PlanSourceChange(newSource);
        KeepSourceDocument(sourceDocument);
        if (Status == ReleaseStatus.Draft)
        {
            LayOut(newSource, new Segment?[newSource.SegmentCount]);
            Touch(now);
            return plan;
        }

        var segments = Segments;
        var newTexts = newSource.Segments.ToList();
        var alignment = SegmentAlignment.Align(segments.Select(s => s.Text).ToList(), newTexts);
        var kept = new Segment?[newTexts.Count];
        foreach (var (oldIndex, newIndex) in alignment)
        {
            switch (oldIndex, newIndex)
            {
                case ({ } o, { } n):
                    kept[n] = segments[o];
                    if (segments[o].Text != newTexts[n])
                    {
                        segments[o].ChangeText(newTexts[n], TextCounter.Count(newTexts[n], SourceLanguage));
                        MarkNeedsUpdate(segments[o]);
                    }

                    break;
                case ({ } o, null):
                    _translations.RemoveWhere(t => t.SegmentId == segments[o].Id);
                    _translationIndex?.Removed();
                    break;
            }
        }

        LayOut(newSource, kept);
        foreach (var language in _languages.Where(l => plan.LanguagesLosingApproval.Contains(l.Language)))
        {
            language.WithdrawApproval();
        }

        RefreshStatus();
        Touch(now);
        return plan;
    }

    private void KeepSourceDocument(SourceDocument? sourceDocument)
    {
        sourceDocument?.BelongTo(Id);
        SourceDocumentId = sourceDocument?.Id;
    }

    private IEnumerable<Translation> TranslationsOf(Segment segment) => _translations.Where(t => t.SegmentId == segment.Id);

    private void MarkNeedsUpdate(Segment segment)
    {
        foreach (var translation in TranslationsOf(segment))
        {
            translation.MarkNeedsUpdate();
        }
    }

    /// <summary>
    /// Blocks and segments in the document's order. Kept segments (by new position) move into the new blocks;
    /// the others are new, and start empty in every language once translation has started.
    /// </summary>
    private void LayOut(SegmentedDocument newSource, Segment?[] kept)
    {
        _blocks.Clear();
        _segments.Clear();
        var number = 0;
        foreach (var (sourceBlock, index) in newSource.Blocks.Select((b, i) => (b, i)))
        {
            var block = new Block(Id, index, sourceBlock.Kind);
            _blocks.Add(block);
            foreach (var text in sourceBlock.Segments)
            {
                var segment = kept[number];
                number++;
                if (segment is null)
                {
                    segment = new Segment(Id, block, number, text, TextCounter.Count(text, SourceLanguage));
                    if (Status != ReleaseStatus.Draft)
                    {
                        AddTranslations(segment);
                    }
                }
                else
                {
                    segment.Place(block, number);
                }

                _segments.Add(segment);
            }
        }
    }
}
