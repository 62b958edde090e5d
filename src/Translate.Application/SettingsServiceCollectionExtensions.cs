using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Translate.Application;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// <typeparamref name="TOptions"/>, filled by <paramref name="read"/> (<see cref="SettingsReader"/>) and checked
    /// when the host starts: a wrong setting stops it with an <see cref="OptionsValidationException"/> whose failures
    /// are one sentence per wrong setting.
    /// </summary>
    public static OptionsBuilder<TOptions> AddSettings<TOptions>(
        this IServiceCollection services, IConfiguration configuration, Action<SettingsReader, TOptions> read)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Configure(options => SettingsReader.Read(configuration, options, read))
            .ValidateOnStart();
}
