using System.Xml.Linq;
using BorderMap.Data.Access;
using BorderMap.Data.Alerts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace BorderMap.Server.Hosting;

/// <summary>
/// ASP.NET Core Data Protection for the secrets BorderMap must keep (webhook secrets). Its keys live
/// in <c>DataProtection:KeysFolder</c> when one is configured (kept apart from the database, e.g. a
/// mounted secret), else in the database's <c>data_protection_keys</c> table so that every API and
/// worker process on it shares one key ring. Either way a dump of the rules alone reveals no secret.
/// </summary>
internal static class DataProtectionSetup
{
    /// <summary>The purpose string: a protector for webhook secrets cannot open anything else, nor the reverse.</summary>
    private const string WebhookSecrets = "BorderMap.Alerts.WebhookSecret.v1";

    public static IServiceCollection AddBorderMapDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("BorderMap");
        if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder)
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        else
            services.AddOptions<KeyManagementOptions>().Configure<NpgsqlDataSource>((options, dataSource) =>
                options.XmlRepository = new DatabaseKeyRepository(new DataProtectionKeyStore(dataSource)));
        return services.AddSingleton<ISecretProtector>(provider =>
            new SecretProtector(provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(WebhookSecrets)));
    }

    /// <summary>Protects webhook secrets stored in plain text before migration V0015 (none once done).</summary>
    public static async Task ProtectStoredSecretsAsync(this WebApplication app)
    {
        var protectedNow = await app.Services.GetRequiredService<AlertRuleStore>().ProtectPlainSecretsAsync(app.Lifetime.ApplicationStopping);
        if (protectedNow > 0)
            app.Logger.LogInformation("Encrypted {Count} webhook secrets stored in plain text before migration V0015", protectedNow);
    }

    private sealed class SecretProtector(IDataProtector protector) : ISecretProtector
    {
        public string Protect(string secret) => protector.Protect(secret);

        public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
    }

    private sealed class DatabaseKeyRepository(DataProtectionKeyStore keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys.All().Select(XElement.Parse).ToList();

        public void StoreElement(XElement element, string friendlyName) => keys.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
