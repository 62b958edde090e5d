namespace Translate.EndToEnd.Support;

/// <summary>The browser tests share one Chromium and run one after the other: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
