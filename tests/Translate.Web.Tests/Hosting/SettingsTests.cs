using Translate.Web.Tests.Support;

namespace Translate.Web.Tests.Hosting;

/// <summary>
/// The app started with one wrong setting stops by itself, before it serves anyone, with one line on standard error
/// that names the setting (and what it was given, unless it is a secret), and no stack trace.
/// </summary>
public sealed class SettingsTests
{
    public static TheoryData<string[], string> WrongSettings => new()
    {
        { ["--Database:Provider=Oracle"], "Database:Provider must be Sqlite or SqlServer (got 'Oracle')." },
        { ["--Database:Provider=SqlServer"], "ConnectionStrings:Translate must name the server and database when Database:Provider is SqlServer." },
        {
            ["--ConnectionStrings:Translate=Data Source=t.db;Colour=blue"],
            "ConnectionStrings:Translate is not a Sqlite connection string: Connection string keyword 'colour' is not supported. "
                + "For a possible alternative, see https://go.microsoft.com/fwlink/?linkid=2142181."
        },
        {
            ["--Database:Provider=SqlServer", "--ConnectionStrings:Translate=Server=db;Colour=blue"],
            "ConnectionStrings:Translate is not a SqlServer connection string: Keyword not supported: 'colour'."
        },
        { ["--Uploads:MaxBytes=abc"], "Uploads:MaxBytes must be a positive number of bytes (got 'abc')." },
        { ["--Releases:MaxSegments=0"], "Releases:MaxSegments must be a positive number of segments (got '0')." },
        { ["--RateLimits:SignInsPerMinute=0"], "RateLimits:SignInsPerMinute must be a whole number from 1 to 100000 (got '0')." },
        { ["--RateLimits:UploadsPerMinute=-5"], "RateLimits:UploadsPerMinute must be a whole number from 1 to 100000 (got '-5')." },
        { ["--Demo:Enabled=yes"], "Demo:Enabled must be true or false (got 'yes')." },
        { ["--Demo:Password=Short-1"], "Demo:Password was refused for the demo people: Passwords must be at least 10 characters." },
        { ["--Admin:Email=chief@gouv.lu"], "Admin:Password must be set with Admin:Email: together they make the first admin." },
        { ["--Admin:Password=A-long-password-1"], "Admin:Email must be set with Admin:Password: together they make the first admin." },
        { ["--Admin:Email=chief", "--Admin:Password=A-long-password-1"], "Admin:Email must be an e-mail address (got 'chief')." },
        {
            ["--Demo:Enabled=false", "--Admin:Email=chief@gouv.lu", "--Admin:Password=Short-1"],
            "Admin:Email and Admin:Password were refused for the first admin: Passwords must be at least 10 characters."
        },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void App_WithAWrongSetting_StopsWithOneLineNamingIt(string[] settings, string line)
    {
        var run = AppProcess.Run(settings);

        Assert.Equal((1, line + Environment.NewLine), (run.ExitCode, run.Error));
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
    }
}
