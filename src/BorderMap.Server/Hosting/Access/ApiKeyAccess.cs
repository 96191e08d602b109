using System.Security.Claims;
using BorderMap.Core.Access;
using BorderMap.Data.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BorderMap.Server.Hosting.Access;

/// <summary>
/// Finds the caller's API key (Authorization: Bearer, or X-Api-Key), and lets the request through
/// only when the key's role meets <see cref="AccessRules"/>: 401 without a (valid) key, 403 with
/// one that may not. Every route passes through here, including ones added later.
/// </summary>
internal sealed class ApiKeyAccess(RequestDelegate next, ApiKeyStore keys, IMemoryCache cache, IOptions<AccessOptions> options, IProblemDetailsService problems)
{
    public const string RoleClaim = ClaimTypes.Role;
    private const string KeyNameClaim = "bordermap:key-name";

    public async Task InvokeAsync(HttpContext context)
    {
        var key = KeyOf(context.Request);
        ApiKeyRecord? record = null;
        if (key is not null)
        {
            record = await VerifyAsync(key, context.RequestAborted);
            if (record is null)
            {
                await RefuseAsync(context, 401, "The API key is not valid.", "the key is unknown, malformed or revoked");
                return;
            }
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, $"key:{record.Name}#{record.Id}"), new Claim(RoleClaim, record.Role.ToString()), new Claim(KeyNameClaim, record.Name)], "ApiKey");
            context.User = new ClaimsPrincipal(identity);
        }

        var required = AccessRules.Required(context.Request.Method, context.Request.Path.Value ?? "/", options.Value.AnonymousRead);
        var role = record?.Role ?? ApiRole.Anonymous;
        if (role >= required)
        {
            await next(context);
            return;
        }
        if (record is null)
            await RefuseAsync(context, 401, "An API key is required.", $"this needs the {required.ToString().ToLowerInvariant()} role; send Authorization: Bearer <key>");
        else
            await RefuseAsync(context, 403, "The API key's role may not do this.", $"this needs the {required.ToString().ToLowerInvariant()} role; the key is {record.Role.ToString().ToLowerInvariant()}");
    }

    public static ApiRole RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<ApiRole>(user.FindFirstValue(RoleClaim), out var role) ? role : ApiRole.Anonymous;

    /// <summary>The name the key was created with (not unique), or "" without a key.</summary>
    public static string KeyNameOf(ClaimsPrincipal user) => user.FindFirstValue(KeyNameClaim) ?? "";

    private static string? KeyOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        var header = request.Headers["X-Api-Key"].ToString().Trim();
        return header.Length > 0 ? header : null;
    }

    private async Task<ApiKeyRecord?> VerifyAsync(string key, CancellationToken ct)
    {
        // Cached by the key's hash, never by the key, so a memory dump does not hold keys in clear.
        var seconds = options.Value.KeyCacheSeconds;
        if (seconds == 0) return await keys.VerifyAsync(key, ct);
        var cacheKey = "apikey:" + Convert.ToHexStringLower(ApiKeys.Hash(key));
        if (cache.TryGetValue(cacheKey, out ApiKeyRecord? cached)) return cached;
        var record = await keys.VerifyAsync(key, ct);
        cache.Set(cacheKey, record, TimeSpan.FromSeconds(seconds));
        return record;
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (status == 401) context.Response.Headers.WWWAuthenticate = "Bearer realm=\"BorderMap\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
