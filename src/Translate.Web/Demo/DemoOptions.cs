using Translate.Application;

namespace Translate.Web.Demo;

/// <summary>"Demo": on a new database, demo people and releases are created (on by default; turn off in production).</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The password of every demo person: demo mode is for trying Translate, never for real work.</summary>
    public string Password { get; set; } = "Translate-Demo-2018";

    public static void Read(SettingsReader settings, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        options.Enabled = settings.TrueOrFalse("Demo:Enabled", options.Enabled);
        options.Password = settings.Text("Demo:Password") ?? options.Password;
    }
}
