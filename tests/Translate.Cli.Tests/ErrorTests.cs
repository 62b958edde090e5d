using Translate.Formats.Interchange;
using Translate.Testing;

namespace Translate.Cli.Tests;

public class ErrorTests
{
    private static string EnPath => Path.Combine(SampleRelease.Folder, "en.txt");

    [Fact]
    public void NoCommand_IsAUsageError()
    {
        AssertRefused(Tool.Run(), ExitCodes.Usage, "No command given");
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        AssertRefused(Tool.Run("translate-all"), ExitCodes.Usage, "Unknown command 'translate-all'");
    }

    [Fact]
    public void UnknownLanguage_IsAUsageError()
    {
        AssertRefused(Tool.Run("segment", "--lang", "es", EnPath), ExitCodes.Usage, "Unknown language 'es' for --lang: use one of en, fr, de, lb, zh.");
    }

    [Fact]
    public void MissingLanguage_IsAUsageError()
    {
        AssertRefused(Tool.Run("count", EnPath), ExitCodes.Usage, "The count command needs --lang.");
    }

    [Fact]
    public void UnknownFormat_IsAUsageError()
    {
        AssertRefused(Tool.Run("extract", EnPath, "--source", "en", "--target", "fr", "--format", "tmx"), ExitCodes.Usage, "Unknown format 'tmx'");
    }

    [Fact]
    public void MergeWithoutOutput_IsAUsageError()
    {
        AssertRefused(Tool.Run("merge", EnPath, "x.xlf"), ExitCodes.Usage, "The merge command needs --output.");
    }

    [Fact]
    public void MissingFile_IsRefused()
    {
        AssertRefused(Tool.Run("segment", "--lang", "en", "no-such-file.txt"), ExitCodes.BadInput, "The file 'no-such-file.txt' does not exist.");
    }

    [Fact]
    public void UnsupportedExtension_IsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("release.pdf", "%PDF");

        AssertRefused(Tool.Run("count", path, "--lang", "en"), ExitCodes.BadInput, "has the unsupported extension '.pdf': use .docx, .html, .htm, .json, .md, .txt.");
    }

    [Fact]
    public void InvalidUtf8_IsRefused()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x2E]);

        AssertRefused(Tool.Run("segment", "--lang", "fr", path), ExitCodes.BadInput, "is refused: The file is not valid UTF-8 plain text");
    }

    [Fact]
    public void FileOverTheSizeLimit_IsRefused()
    {
        AssertRefused(Tool.Run("count", EnPath, "--lang", "en", "--max-bytes", "100"), ExitCodes.BadInput, "is larger than the limit of 100 bytes");
    }

    [Fact]
    public void StandardInputOverTheSizeLimit_IsRefused()
    {
        var run = Tool.Run(["segment", "--lang", "en", "--max-bytes", "10", "-"], new byte[1000]);

        AssertRefused(run, ExitCodes.BadInput, "Standard input is larger than the limit of 10 bytes");
    }

    [Fact]
    public void Merge_MalformedXliff_IsRefusedWithTheReadersMessage_AndWritesNothing()
    {
        using var folder = new TempFolder();
        var xliff = folder.Write("broken.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f\"><unit>");
        var output = folder.File("out.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        AssertRefused(run, ExitCodes.BadInput, "The file '" + xliff + "' is refused:");
        AssertNothingWritten(folder, output);
    }

    [Fact]
    public void Merge_XliffWithAnExternalEntity_IsRefused()
    {
        using var folder = new TempFolder();
        var xliff = folder.Write("xxe.xlf", """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
              <file id="f"><unit id="s1"><segment><source>&secret;</source></segment></unit></file>
            </xliff>
            """);
        var output = folder.File("out.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        AssertRefused(run, ExitCodes.BadInput, "is refused:");
        Assert.DoesNotContain("root:", run.Error, StringComparison.Ordinal);
        AssertNothingWritten(folder, output);
    }

    [Fact]
    public void Merge_XliffOfAnotherLanguagesDocument_NamesTheMismatchedSource()
    {
        using var folder = new TempFolder();
        var xliff = folder.File("de-fr.xlf");
        Tool.Run("extract", Path.Combine(SampleRelease.Folder, "de.txt"), "--source", "de", "--target", "fr", "-o", xliff);
        var output = folder.File("out.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        AssertRefused(run, ExitCodes.BadInput, "The source of unit 's1' in '" + xliff + "' differs from segment 1 of the document");
        AssertNothingWritten(folder, output);
    }

    [Fact]
    public void Merge_XliffWithTooFewUnits_NamesBothCounts()
    {
        using var folder = new TempFolder();
        var xliff = Extract(folder);
        var document = ExtractMergeTests.ReadXliff2(xliff);
        ExtractMergeTests.WriteXliff2(xliff, document with { Units = document.Units.Take(15).ToList() });
        var output = folder.File("out.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        AssertRefused(run, ExitCodes.BadInput, "has 15 units but the document has 16 segments in en");
        AssertNothingWritten(folder, output);
    }

    [Fact]
    public void Merge_XliffWithOtherUnitIds_NamesTheUnit()
    {
        using var folder = new TempFolder();
        var xliff = Extract(folder);
        var document = ExtractMergeTests.ReadXliff2(xliff);
        ExtractMergeTests.WriteXliff2(xliff, document with { Units = document.Units.Select((u, i) => i == 2 ? u with { Id = "p3" } : u).ToList() });
        var output = folder.File("out.txt");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        AssertRefused(run, ExitCodes.BadInput, "has unit 'p3' where 's3' was expected");
        AssertNothingWritten(folder, output);
    }

    [Fact]
    public void Merge_Failing_LeavesAnExistingOutputUntouched()
    {
        using var folder = new TempFolder();
        var output = folder.Write("out.txt", "previous version");
        var xliff = folder.Write("empty.xlf", "");

        var run = Tool.Run("merge", EnPath, xliff, "-o", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("previous version", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    private static string Extract(TempFolder folder)
    {
        var xliff = folder.File("en-fr.xlf");
        Assert.Equal(ExitCodes.Success, Tool.Run("extract", EnPath, "--source", "en", "--target", "fr", "-o", xliff).ExitCode);
        return xliff;
    }

    [Fact]
    public void Segment_AWordDocumentMissingAPartItNames_IsRefusedInOneLineWithoutAStackTrace()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Docx", "press-release.docx"));
        var path = folder.Write("broken.docx", WithoutEntry(original, "word/styles.xml"));

        var run = Tool.Run("segment", "--lang", "en", path);

        AssertRefused(run, ExitCodes.BadInput, "is refused: The document cannot be opened as a Word document");
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    private static byte[] WithoutEntry(byte[] zip, string name)
    {
        using var copy = new MemoryStream();
        copy.Write(zip);
        using (var archive = new System.IO.Compression.ZipArchive(copy, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)!.Delete();
        }

        return copy.ToArray();
    }

    private static void AssertRefused(ToolRun run, int exitCode, string message)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.StartsWith("translate: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    private static void AssertNothingWritten(TempFolder folder, string output)
    {
        Assert.False(File.Exists(output));
        Assert.DoesNotContain(Directory.GetFiles(folder.Path), file => file.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
