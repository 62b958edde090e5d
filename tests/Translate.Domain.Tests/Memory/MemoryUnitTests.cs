using Translate.Domain.Languages;
using Translate.Domain.Memory;

namespace Translate.Domain.Tests.Memory;

public class MemoryUnitTests
{
    [Theory]
    [InlineData("", "Traduction.")]
    [InlineData("Source.", " ")]
    public void New_WithAnEmptyText_IsRefused(string source, string target) =>
        Assert.Throws<ArgumentException>(() => new MemoryUnit(Guid.NewGuid(), Language.En, Language.Fr, source, target, Units.Start));

    [Fact]
    public void New_WithTheSameLanguageOnBothSides_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new MemoryUnit(Guid.NewGuid(), Language.De, Language.De, "Quelle.", "Ziel.", Units.Start));

    [Fact]
    public void New_WithoutAnId_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new MemoryUnit(Guid.Empty, Language.En, Language.Fr, "Source.", "Cible.", Units.Start));

    [Fact]
    public void Query_OutsideItsRanges_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Units.Query("Text") with { MinimumScore = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Units.Query("Text") with { MinimumScore = 102 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Units.Query("Text") with { MaximumResults = 0 });
    }

    [Fact]
    public void Query_ByDefault_AsksForTheBestFiveFrom50()
    {
        var query = Units.Query("Text");

        Assert.Equal((50, 5), (query.MinimumScore, query.MaximumResults));
    }
}
