using BorderMap.Core.Access;
using BorderMap.Server.Hosting.Access;
using Hangfire.Dashboard;

namespace BorderMap.Server.Jobs;

/// <summary>The Hangfire dashboard is for admin keys; the access table already refuses others before Hangfire sees them.</summary>
internal sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        ApiKeyAccess.RoleOf(context.GetHttpContext().User) == ApiRole.Admin;
}
