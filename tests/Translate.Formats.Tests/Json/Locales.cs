namespace Translate.Formats.Tests.Json;

/// <summary>The app's own locales/*.json, found from the repository root above the test binaries.</summary>
internal static class Locales
{
    public static byte[] Bytes(string language) => File.ReadAllBytes(Path.Combine(RepositoryRoot(), "locales", $"{language}.json"));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Translate.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Translate.sln not found above " + AppContext.BaseDirectory);
    }
}
