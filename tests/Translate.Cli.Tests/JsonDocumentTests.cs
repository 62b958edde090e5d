using Translate.Formats.Interchange;

namespace Translate.Cli.Tests;

/// <summary>The commands on a JSON strings file such as the app's own locales/en.json.</summary>
public class JsonDocumentTests
{
    private const string Strings = "{\n  \"releases.due-in\": \"due in {0}\",\n  \"files\": \"{0} of {1:N0} files. Upload more.\"\n}\n";

    [Fact]
    public void Segment_AJsonFile_ShowsAValueABlockWithItsPlaceholdersAsTags()
    {
        using var folder = new TempFolder();
        var path = folder.Write("en.json", Strings);

        var run = Tool.Run("segment", "--lang", "en", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("due in <1/>\n\n<1/> of <2/> files.\nUpload more.\n", run.Output);
    }

    [Fact]
    public void ExtractThenMerge_AJsonFile_WritesTheSameKeysWithTheTranslationsAndTheirPlaceholders()
    {
        using var folder = new TempFolder();
        var source = folder.Write("en.json", Strings);
        var xliff = folder.File("en-fr.xlf");
        Assert.Equal(ExitCodes.Success, Tool.Run("extract", source, "--source", "en", "--target", "fr", "-o", xliff).ExitCode);
        var document = ExtractMergeTests.ReadXliff2(xliff);
        string[] french = ["échéance dans <1/>", "<2/> fichiers sur <1/>.", "Envoyez-en d’autres."];
        ExtractMergeTests.WriteXliff2(xliff, document with
        {
            Units = [.. document.Units.Select((u, i) => u with { Target = TaggedText.ToInline(french[i]) })],
        });
        var output = folder.File("fr.json");

        var run = Tool.Run("merge", source, xliff, "-o", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            "{\n  \"releases.due-in\": \"échéance dans {0}\",\n  \"files\": \"{1:N0} fichiers sur {0}. Envoyez-en d’autres.\"\n}\n",
            File.ReadAllText(output));
    }

    [Fact]
    public void Extract_ANestedJsonFile_IsRefusedNamingTheKey()
    {
        using var folder = new TempFolder();
        var source = folder.Write("en.json", "{ \"layout\": { \"title\": \"Translate\" } }");

        var run = Tool.Run("extract", source, "--source", "en", "--target", "fr");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("The value of \"layout\" is a nested object", run.Error, StringComparison.Ordinal);
    }
}
