using Microsoft.Extensions.Configuration;

namespace Translate.Application.Tests;

public class PositiveSettingTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("3000000000", 3_000_000_000L)]
    public void Read_NotSetOrAPositiveNumber_GivesNullOrTheNumber(string? value, long? expected) =>
        Assert.Equal(expected, PositiveSetting.Read<long>(Configuration(value), "Uploads:MaxBytes", "bytes"));

    [Theory]
    [InlineData("0")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData("3000000000")]
    public void Read_AnythingButAPositiveWholeNumberOfItsType_StopsTheStartNamingTheSetting(string value)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => PositiveSetting.Read<int>(Configuration(value), "Uploads:MaxBytes", "bytes"));

        Assert.Equal($"Uploads:MaxBytes is '{value}'; give a positive number of bytes.", refusal.Message);
    }

    private static IConfiguration Configuration(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Uploads:MaxBytes"] = value })
        .Build();
}
