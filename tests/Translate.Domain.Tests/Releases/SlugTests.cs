using Translate.Domain.Releases;

namespace Translate.Domain.Tests.Releases;

public class SlugTests
{
    [Theory]
    [InlineData("Étienne Schneider signe un accord", "etienne-schneider-signe-un-accord")]
    [InlineData("  Lëtzebuerg & China: 2018!  ", "letzebuerg-china-2018")]
    [InlineData("卢森堡与中国合作", "release")]
    public void From_Title_GivesAReadableAddress(string title, string slug)
    {
        Assert.Equal(slug, Slug.From(title));
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("with space")]
    public void IsValid_RejectsWhatIsNotASlug(string slug) => Assert.False(Slug.IsValid(slug));
}
