using Translate.Testing;

namespace Translate.Cli.Tests;

public class CountCommandTests
{
    [Fact]
    public void Count_English_PrintsSegmentsAndWords()
    {
        var run = Tool.Run("count", Path.Combine(SampleRelease.Folder, "en.txt"), "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("16 segments, 288 words\n", run.Output);
    }

    [Fact]
    public void Count_Chinese_PrintsCharacters()
    {
        var run = Tool.Run("count", Path.Combine(SampleRelease.Folder, "zh.txt"), "--lang", "zh");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("16 segments, 438 characters\n", run.Output);
    }

    [Fact]
    public void Count_OneSentence_IsSingular()
    {
        using var folder = new TempFolder();

        var run = Tool.Run("count", folder.Write("one.txt", "Hello"), "--lang", "en");

        Assert.Equal("1 segment, 1 word\n", run.Output);
    }
}
