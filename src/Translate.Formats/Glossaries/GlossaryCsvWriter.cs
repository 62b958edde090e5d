using CsvHelper;
using Translate.Domain.Glossaries;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Writes a glossary as CSV, one row an entry, in the layout <see cref="GlossaryCsvReader"/> reads: RFC 4180, comma
/// separated, UTF-8 with a byte-order mark, because Excel reads a CSV without one in the computer's ANSI code page and
/// would show "LÃ«tzebuerg" and question marks for Chinese.
/// </summary>
public static class GlossaryCsvWriter
{
    public static void Write(Stream stream, IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape, InjectionCharacters = GlossaryCsv.FormulaStarts };
        using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        foreach (var column in GlossaryCsvColumn.Written)
        {
            csv.WriteField(column.Header);
        }

        csv.EndRecord();
        foreach (var entry in entries)
        {
            foreach (var column in GlossaryCsvColumn.Written)
            {
                csv.WriteField(Cell(entry, column));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string? Cell(GlossaryEntry entry, GlossaryCsvColumn column)
    {
        var term = column.Language is { } language ? entry.Terms.FirstOrDefault(t => t.Language == language) : null;
        return column.Field switch
        {
            GlossaryCsvField.Term => term?.Text,
            GlossaryCsvField.Forbidden => term is null ? null : string.Join(GlossaryCsv.VariantSeparator, term.ForbiddenVariants),
            GlossaryCsvField.CaseSensitive => term?.CaseSensitive == true ? GlossaryCsv.Yes : null,
            GlossaryCsvField.TermNote => term?.Note,
            GlossaryCsvField.Note => entry.Note,
            GlossaryCsvField.Subject => entry.Subject,
            GlossaryCsvField.DoNotTranslate => entry.DoNotTranslate ? GlossaryCsv.Yes : null,
            _ => GlossaryIds.Write(entry.Id),
        };
    }
}
