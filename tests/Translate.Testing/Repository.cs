namespace Translate.Testing;

/// <summary>The repository the tests run from: the folder holding Translate.sln, found above the test's output.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The app's own UI strings in one language, byte for byte: <c>locales/{language}.json</c>.</summary>
    public static byte[] Locale(string language) => File.ReadAllBytes(Path.Combine(Root, "locales", $"{language}.json"));

    private static string FindRoot()
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
