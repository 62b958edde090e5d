namespace Translate.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("segment", "Usage: translate segment --lang <en|fr|de|lb|zh> <file|->")]
    [InlineData("count", "Usage: translate count <file|-> --lang <en|fr|de|lb|zh>")]
    [InlineData("extract", "Usage: translate extract <file|-> --source <lang> --target <lang> [--format xliff2|xliff12] [-o <out.xlf>]")]
    [InlineData("merge", "Usage: translate merge <file> <translated.xlf> -o <output>")]
    public void Help_OnACommand_PrintsItsUsage(string command, string usage)
    {
        var run = Tool.Run(command, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(usage, run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_AtTheTop_ListsTheCommands(string help)
    {
        var run = Tool.Run(help);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.All(["segment", "count", "extract", "merge"], command => Assert.Contains($"  {command}", run.Output, StringComparison.Ordinal));
    }
}
