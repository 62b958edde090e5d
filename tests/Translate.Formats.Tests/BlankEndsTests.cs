namespace Translate.Formats.Tests;

public class BlankEndsTests
{
    [Theory]
    [InlineData(new[] { " ", "a", " ", "b", "" }, new[] { "a", " ", "b" })]
    [InlineData(new[] { "a" }, new[] { "a" })]
    [InlineData(new[] { " ", "" }, new string[0])]
    [InlineData(new string[0], new string[0])]
    public void Trim_KeepsWhatIsBetweenTheFirstAndLastNodeThatIsNotBlank(string[] nodes, string[] expected) =>
        Assert.Equal(expected, BlankEnds.Trim([.. nodes], string.IsNullOrWhiteSpace));
}
