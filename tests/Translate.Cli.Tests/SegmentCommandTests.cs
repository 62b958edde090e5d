using System.Text;
using Translate.Domain.Languages;
using Translate.Testing;

namespace Translate.Cli.Tests;

public class SegmentCommandTests
{
    private static string EnPath => Path.Combine(SampleRelease.Folder, "en.txt");

    // The en column of segments.tsv, a line a segment, an empty line between blocks.
    private static string ExpectedEnglish => string.Join("\n", SampleRelease.Segments
        .GroupBy(s => s.Block)
        .Select(block => string.Concat(block.Select(s => s.Text[Language.En] + "\n"))));

    [Fact]
    public void Segment_TheSample_PrintsTheReferenceSegmentsGroupedByBlock()
    {
        var run = Tool.Run("segment", "--lang", "en", EnPath);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ExpectedEnglish, run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Segment_FromStandardInput_ReadsItAsPlainText()
    {
        var run = Tool.Run(["segment", "--lang", "en", "-"], File.ReadAllBytes(EnPath));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ExpectedEnglish, run.Output);
    }

    [Fact]
    public void Segment_AMarkdownFile_ReadsItsMarkupAsInlineTags()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.md", "# A title\n\nFirst **bold** sentence. Second one.\n\n- An item\n");

        var run = Tool.Run("segment", "--lang", "en", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("A title\n\nFirst <1>bold</1> sentence.\nSecond one.\n\nAn item\n", run.Output);
    }

    [Fact]
    public void Segment_Chinese_SplitsAtChineseSentenceEnds()
    {
        var run = Tool.Run(["segment", "--lang", "zh", "-"], Encoding.UTF8.GetBytes("标题\n\n第一句。第二句！"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("标题\n\n第一句。\n第二句！\n", run.Output);
    }
}
