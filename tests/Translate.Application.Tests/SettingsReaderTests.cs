using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Translate.Data;

namespace Translate.Application.Tests;

public class SettingsReaderTests
{
    [Theory]
    [InlineData(null, 7L)]
    [InlineData(" ", 7L)]
    [InlineData("3000000000", 3_000_000_000L)]
    public void PositiveNumber_NotSetOrAPositiveNumber_GivesTheDefaultOrTheNumber(string? value, long expected) =>
        Assert.Equal(expected, Read(value, settings => settings.PositiveNumber("Uploads:MaxBytes", "bytes", 7L)));

    [Theory]
    [InlineData("0")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData("3000000000")]
    public void PositiveNumber_AnythingButAPositiveWholeNumberOfItsType_IsOneSentenceNamingTheSettingAndTheValue(string value) =>
        Assert.Equal([$"Uploads:MaxBytes must be a positive number of bytes (got '{value}')."],
            Assert.Throws<OptionsValidationException>(() => Read(value, settings => settings.PositiveNumber("Uploads:MaxBytes", "bytes", 7))).Failures);

    [Theory]
    [InlineData("0")]
    [InlineData("100001")]
    [InlineData("many")]
    public void WholeNumber_OutsideItsRange_IsOneSentenceWithTheRange(string value) =>
        Assert.Equal([$"Limits:PerMinute must be a whole number from 1 to 100000 (got '{value}')."],
            Assert.Throws<OptionsValidationException>(() => Read(value, settings => settings.WholeNumber("Limits:PerMinute", 1, 100_000, 30))).Failures);

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void TrueOrFalse_ReadsEitherInAnyCase(string value, bool expected) =>
        Assert.Equal(expected, Read(value, settings => settings.TrueOrFalse("Demo:Enabled", !expected)));

    [Fact]
    public void OneOf_ReadsANameInAnyCase() =>
        Assert.Equal(DatabaseProvider.SqlServer, Read("sqlserver", settings => settings.OneOf("Kind", DatabaseProvider.Sqlite)));

    [Fact]
    public void OneOf_RefusesANumber_NamingTheChoices() =>
        Assert.Equal(["Kind must be Sqlite or SqlServer (got '1')."],
            Assert.Throws<OptionsValidationException>(() => Read("1", settings => settings.OneOf("Kind", DatabaseProvider.Sqlite))).Failures);

    private static T Read<T>(string? value, Func<SettingsReader, T> read)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Uploads:MaxBytes"] = value, ["Limits:PerMinute"] = value, ["Demo:Enabled"] = value, ["Kind"] = value,
        }).Build();
        return SettingsReader.Read(configuration, new Holder<T>(), (settings, holder) => holder.Value = read(settings)).Value!;
    }

    private sealed class Holder<T>
    {
        public T? Value { get; set; }
    }
}
