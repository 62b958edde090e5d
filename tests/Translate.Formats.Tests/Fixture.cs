namespace Translate.Formats.Tests;

/// <summary>The fixture files, one per edge case, copied beside the tests.</summary>
internal static class Fixture
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
