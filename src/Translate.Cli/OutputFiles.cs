namespace Translate.Cli;

/// <summary>Writes an output file whole or not at all: a failed run leaves no half-written file behind.</summary>
public static class OutputFiles
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CommandLineException($"The folder of '{path}' does not exist.");
        }

        if (Directory.Exists(full))
        {
            throw new CommandLineException($"'{path}' is a folder, not a file.");
        }

        // The temporary file sits in the same folder, so the move is a rename on the same volume.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
