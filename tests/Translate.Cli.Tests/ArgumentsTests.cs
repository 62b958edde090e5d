using Translate.Domain.Languages;

namespace Translate.Cli.Tests;

public class ArgumentsTests
{
    [Fact]
    public void Parse_SplitsCommandOptionsAndPositionals()
    {
        var arguments = Arguments.Parse(["extract", "doc.txt", "--source", "en", "--target", "fr", "-o", "out.xlf"]);

        Assert.Equal("extract", arguments.Command);
        Assert.Equal(["doc.txt"], arguments.Positionals);
        Assert.Equal("en", arguments.Option("--source"));
        Assert.Equal("fr", arguments.Option("--target"));
        Assert.Equal("out.xlf", arguments.Option("--output"));
        Assert.False(arguments.Help);
    }

    [Fact]
    public void Parse_ReadsADashAsStandardInput()
    {
        var arguments = Arguments.Parse(["segment", "--lang", "en", "-"]);

        Assert.Equal(["-"], arguments.Positionals);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_FindsHelpAnywhere(string help)
    {
        var arguments = Arguments.Parse(["count", help, "doc.txt"]);

        Assert.True(arguments.Help);
        Assert.Equal("count", arguments.Command);
    }

    [Fact]
    public void Parse_WithNothing_HasNoCommand()
    {
        Assert.Null(Arguments.Parse([]).Command);
    }

    [Fact]
    public void Parse_AnUnknownOption_IsAUsageError()
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["count", "--words"]));

        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("Unknown option '--words'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnOptionWithoutItsValue_IsAUsageError()
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["count", "doc.txt", "--lang"]));

        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("--lang needs a value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnOptionGivenTwice_IsAUsageError()
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["extract", "-o", "a", "--output", "b"]));

        Assert.Contains("--output is given more than once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_AnOptionTheCommandDoesNotTake_IsAUsageError()
    {
        var arguments = Arguments.Parse(["count", "doc.txt", "--lang", "en", "--format", "xliff2"]);

        var e = Assert.Throws<CommandLineException>(() => arguments.Expect(1, "usage", "--lang"));

        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains("does not take --format", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_AMissingPositional_IsAUsageError()
    {
        var arguments = Arguments.Parse(["merge", "doc.txt", "-o", "out.txt"]);

        var e = Assert.Throws<CommandLineException>(() => arguments.Expect(2, "usage", "--output"));

        Assert.StartsWith("Missing argument", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_AnExtraPositional_NamesIt()
    {
        var arguments = Arguments.Parse(["count", "a.txt", "b.txt", "--lang", "en"]);

        var e = Assert.Throws<CommandLineException>(() => arguments.Expect(1, "usage", "--lang"));

        Assert.StartsWith("Unexpected argument 'b.txt'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", Language.En)]
    [InlineData("ZH", Language.Zh)]
    [InlineData("zh-Hans", Language.Zh)]
    [InlineData("lb", Language.Lb)]
    public void Language_ReadsTheCodes(string code, Language expected)
    {
        Assert.Equal(expected, Arguments.Parse(["count", "--lang", code]).Language("--lang"));
    }

    [Fact]
    public void Language_Unknown_IsAUsageErrorNamingTheLanguages()
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["count", "--lang", "es"]).Language("--lang"));

        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Equal("Unknown language 'es' for --lang: use one of en, fr, de, lb, zh.", e.Message);
    }

    [Fact]
    public void Required_Missing_NamesTheOption()
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["count", "doc.txt"]).Required("--lang"));

        Assert.Equal("The count command needs --lang.", e.Message);
    }

    [Fact]
    public void MaxBytes_DefaultsAndParses()
    {
        Assert.Equal(100, Arguments.Parse(["count"]).MaxBytes(100));
        Assert.Equal(5, Arguments.Parse(["count", "--max-bytes", "5"]).MaxBytes(100));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    public void MaxBytes_NotAPositiveNumber_IsAUsageError(string value)
    {
        var e = Assert.Throws<CommandLineException>(() => Arguments.Parse(["count", "--max-bytes", value]).MaxBytes(100));

        Assert.Equal(ExitCodes.Usage, e.ExitCode);
    }
}
