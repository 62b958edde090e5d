using Translate.Domain.Languages;

namespace Translate.Formats.Glossaries;

/// <summary>What a column of a glossary CSV holds: a language's term or one of its details, or a detail of the entry.</summary>
internal enum GlossaryCsvField
{
    Term,
    Forbidden,
    CaseSensitive,
    TermNote,
    Note,
    Subject,
    DoNotTranslate,
    Id,
}

/// <summary>
/// A column of a glossary CSV, named as people write it in a spreadsheet: <c>fr</c> (or <c>fr-FR</c>) for the
/// approved term, <c>fr forbidden</c> for its forbidden variants separated by <c>|</c>, <c>fr case-sensitive</c>,
/// <c>fr note</c>, and <c>note</c>, <c>subject</c>, <c>do-not-translate</c> and <c>id</c> for the entry.
/// A column of another language (<c>es</c>, <c>zh-TW</c>) is read as <see cref="Skipped"/>.
/// </summary>
internal sealed record GlossaryCsvColumn(GlossaryCsvField Field, Language? Language, string Header)
{
    public const string ForbiddenSuffix = "forbidden";
    public const string CaseSensitiveSuffix = "case-sensitive";
    public const string NoteName = "note";
    public const string SubjectName = "subject";
    public const string DoNotTranslateName = "do-not-translate";
    public const string IdName = "id";

    /// <summary>A column of a language Translate does not keep: its cells are counted, not read.</summary>
    public bool Skipped => Language is null && Field is GlossaryCsvField.Term or GlossaryCsvField.Forbidden or GlossaryCsvField.CaseSensitive or GlossaryCsvField.TermNote;

    public static GlossaryCsvColumn Parse(string header, int line)
    {
        var name = header.Trim();
        var entryField = name.ToLowerInvariant() switch
        {
            NoteName => GlossaryCsvField.Note,
            SubjectName => GlossaryCsvField.Subject,
            DoNotTranslateName => GlossaryCsvField.DoNotTranslate,
            IdName => GlossaryCsvField.Id,
            _ => (GlossaryCsvField?)null,
        };
        if (entryField is { } field)
        {
            return new GlossaryCsvColumn(field, null, name);
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var tag = space < 0 ? name : name[..space];
        var termField = (space < 0 ? "" : name[(space + 1)..].Trim().ToLowerInvariant()) switch
        {
            "" => GlossaryCsvField.Term,
            ForbiddenSuffix => GlossaryCsvField.Forbidden,
            CaseSensitiveSuffix => GlossaryCsvField.CaseSensitive,
            NoteName => GlossaryCsvField.TermNote,
            _ => (GlossaryCsvField?)null,
        };
        return termField is { } detail && GlossaryLanguages.LooksLikeTag(tag)
            ? new GlossaryCsvColumn(detail, GlossaryLanguages.Parse(tag, line), name)
            : throw GlossaryProblems.UnknownColumn(name, line);
    }

    /// <summary>The columns Translate writes, in order: the terms first, so a spreadsheet opens on what people read.</summary>
    public static IReadOnlyList<GlossaryCsvColumn> Written { get; } =
    [
        .. LanguageCodes.All.Select(l => new GlossaryCsvColumn(GlossaryCsvField.Term, l, l.Code())),
        new(GlossaryCsvField.Note, null, NoteName),
        new(GlossaryCsvField.Subject, null, SubjectName),
        new(GlossaryCsvField.DoNotTranslate, null, DoNotTranslateName),
        .. LanguageCodes.All.Select(l => new GlossaryCsvColumn(GlossaryCsvField.Forbidden, l, $"{l.Code()} {ForbiddenSuffix}")),
        .. LanguageCodes.All.Select(l => new GlossaryCsvColumn(GlossaryCsvField.CaseSensitive, l, $"{l.Code()} {CaseSensitiveSuffix}")),
        .. LanguageCodes.All.Select(l => new GlossaryCsvColumn(GlossaryCsvField.TermNote, l, $"{l.Code()} {NoteName}")),
        new(GlossaryCsvField.Id, null, IdName),
    ];
}
