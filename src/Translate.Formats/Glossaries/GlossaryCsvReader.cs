using System.Text;
using CsvHelper;
using Translate.Domain.Glossaries;
using Translate.Domain.Languages;
using Translate.Domain.Workflow;
using Translate.Formats.Interchange;

namespace Translate.Formats.Glossaries;

/// <summary>
/// Reads a glossary from CSV as people keep it in a spreadsheet: a header of language codes (at least two of en, fr,
/// de, lb, zh, any order) and optional columns (see <see cref="GlossaryCsvColumn"/>), one row an entry. UTF-8 with or
/// without a byte-order mark; comma or semicolon separated (Excel writes semicolons where the decimal separator is a
/// comma, as in French and German), told from the header; RFC 4180 quoting.
/// </summary>
public static class GlossaryCsvReader
{
    private const int HeaderLine = 1;

    /// <summary>Refuses (<see cref="InterchangeFormatException"/>) a file that is too large, not UTF-8, malformed, or holds entries the glossary refuses.</summary>
    public static GlossaryImport Read(Stream stream, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var text = Text(stream, limits);
        var options = new CsvReaderOptions
        {
            Separator = Separator(text),
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            SkipEmptyLines = true,
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            var columns = Columns(csv.Headers);
            return Rows(csv, columns);
        }
        catch (CsvFormatException e)
        {
            throw GlossaryProblems.MalformedCsv((int)e.LineNumber, e);
        }
    }

    public static GlossaryImport Read(Stream stream) => Read(stream, ReaderLimits.Default);

    private static string Text(Stream stream, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw InterchangeProblems.TooLarge(limits.MaxBytes);
        }

        using var bytes = new MemoryStream();
        using (var limited = new CountingStream(stream, (read, _) =>
        {
            if (read > limits.MaxBytes)
            {
                throw InterchangeProblems.TooLarge(limits.MaxBytes);
            }
        }, leaveOpen: true))
        {
            limited.CopyTo(bytes);
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw GlossaryProblems.NotUtf8();
        }
    }

    /// <summary>Semicolon when the header line has more semicolons than commas (Excel in a French or German locale), else comma.</summary>
    private static char Separator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static List<GlossaryCsvColumn> Columns(IReadOnlyList<string> headers)
    {
        var columns = headers.Select(h => GlossaryCsvColumn.Parse(h, HeaderLine)).ToList();
        if (columns.Where(c => !c.Skipped).GroupBy(c => (c.Field, c.Language)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw GlossaryProblems.DuplicateColumn(twice.Last().Header, HeaderLine);
        }

        return columns.Count(c => c is { Field: GlossaryCsvField.Term, Language: not null }) < 2
            ? throw GlossaryProblems.TooFewLanguages(HeaderLine)
            : columns;
    }

    private static GlossaryImport Rows(CsvReader csv, List<GlossaryCsvColumn> columns)
    {
        var skipped = new SkippedLanguages();
        var entries = new List<GlossaryEntry>();
        var ids = new HashSet<Guid>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != columns.Count)
            {
                throw GlossaryProblems.ColumnCount(csv.FieldCount, columns.Count, line);
            }

            var cells = Enumerable.Range(0, columns.Count).Select(i => GlossaryCsv.Unescaped(csv.GetString(i))).ToList();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            foreach (var (column, cell) in columns.Zip(cells).Where(p => p.First is { Skipped: true, Field: GlossaryCsvField.Term } && p.Second.Trim().Length > 0))
            {
                skipped.Add(column.Header, 1);
            }

            var entry = Entry(columns, cells, line);
            if (!ids.Add(entry.Id))
            {
                throw GlossaryProblems.DuplicateEntry(Cell(columns, cells, GlossaryCsvField.Id, null) ?? "", line);
            }

            entries.Add(entry);
        }

        return entries.Count == 0 ? throw GlossaryProblems.NoEntries() : skipped.With(entries);
    }

    private static GlossaryEntry Entry(List<GlossaryCsvColumn> columns, List<string> cells, int line)
    {
        var id = Cell(columns, cells, GlossaryCsvField.Id, null);
        try
        {
            var terms = LanguageCodes.All
                .Where(l => new[] { GlossaryCsvField.Term, GlossaryCsvField.Forbidden, GlossaryCsvField.TermNote }.Any(f => Cell(columns, cells, f, l) is not null))
                .Select(l => new GlossaryTerm(l,
                    Cell(columns, cells, GlossaryCsvField.Term, l) ?? "",
                    Flag(columns, cells, GlossaryCsvField.CaseSensitive, l, line),
                    Cell(columns, cells, GlossaryCsvField.Forbidden, l)?.Split(GlossaryCsv.VariantSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                    Cell(columns, cells, GlossaryCsvField.TermNote, l)))
                .ToList();
            return new GlossaryEntry(id is null ? Guid.CreateVersion7() : GlossaryIds.Read(id), terms,
                Cell(columns, cells, GlossaryCsvField.Note, null), Cell(columns, cells, GlossaryCsvField.Subject, null),
                Flag(columns, cells, GlossaryCsvField.DoNotTranslate, null, line));
        }
        catch (RefusedException refused)
        {
            throw GlossaryProblems.InvalidEntry(id ?? string.Join(" / ", cells.Where(c => c.Trim().Length > 0).Take(1)), line, refused);
        }
    }

    /// <summary>The cell of a column, or null when the file has no such column or the cell is blank.</summary>
    private static string? Cell(List<GlossaryCsvColumn> columns, List<string> cells, GlossaryCsvField field, Language? language)
    {
        var index = columns.FindIndex(c => c.Field == field && c.Language == language && !c.Skipped);
        return index < 0 || string.IsNullOrWhiteSpace(cells[index]) ? null : cells[index].Trim();
    }

    private static bool Flag(List<GlossaryCsvColumn> columns, List<string> cells, GlossaryCsvField field, Language? language, int line)
    {
        var cell = Cell(columns, cells, field, language);
        return cell is not null
            && (GlossaryCsv.YesOrNo(cell) ?? throw GlossaryProblems.NotYesOrNo(columns.First(c => c.Field == field && c.Language == language).Header, cell, line));
    }
}
