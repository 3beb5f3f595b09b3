using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Transfer;

namespace SupportGrains.Api.Operations;

/// <summary>
/// Moving one organisation between instances: GET /admin/organisations/{id}/export answers the export
/// document (a JSON file), for the organisation's directors; POST /admin/organisations/import takes one
/// and writes it into this instance, for admins (<see cref="AccessPolicy.ExportOrganisation"/>,
/// <see cref="AccessPolicy.ImportOrganisation"/>). Both are recorded in the organisation's audit
/// trail, refusals too. The work is done by a grain (<see cref="IOrganisationTransferGrain"/>), so it
/// works the same when the app is a client of a cluster.
/// </summary>
public static class TransferEndpoints
{
    /// <summary><c>Operations:Import:MaxBytes</c>: the largest document an import takes (below Orleans' 100 MB message limit).</summary>
    public const long DefaultMaxImportBytes = 64L * 1024 * 1024;

    public static IEndpointRouteBuilder MapOrganisationTransfer(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var maxBytes = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Operations:Import:MaxBytes", DefaultMaxImportBytes);
        endpoints.MapGet("/admin/organisations/{id}/export", (HttpContext http, string id) =>
            DecidedAsync(http, "exportOrganisation", id, actor => AccessPolicy.ExportOrganisation(actor, id), async (grains, author) =>
            {
                var document = await grains.GetGrain<IOrganisationTransferGrain>(IOrganisationTransferGrain.Key).ExportAsync(id, author);
                http.Response.ContentType = "application/json; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{id}.json\"";
                await http.Response.WriteAsync(document, http.RequestAborted);
            })).WithDisplayName("Export an organisation");
        endpoints.MapPost("/admin/organisations/import", (HttpContext http) =>
            DecidedAsync(http, "importOrganisation", null, AccessPolicy.ImportOrganisation, async (grains, author) =>
            {
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = maxBytes;
                }

                using var reader = new StreamReader(http.Request.Body);
                var document = await reader.ReadToEndAsync(http.RequestAborted);
                var summary = await grains.GetGrain<IOrganisationTransferGrain>(IOrganisationTransferGrain.Key).ImportAsync(document, author);
                await WriteAsync(http, StatusCodes.Status200OK, summary);
            })).WithDisplayName("Import an organisation");
        return endpoints;
    }

    /// <summary>Signed in, and allowed by the policy (a refusal is recorded in the trail of the organisation it was about, or the actor's own); then the work.</summary>
    private static async Task DecidedAsync(HttpContext http, string operation, string? organisationId, Func<Actor, Decision> decide, Func<IGrainFactory, AuditAuthor, Task> work)
    {
        if (Actor.From(http.User) is not { } actor)
        {
            await WriteAsync(http, StatusCodes.Status401Unauthorized, new { code = ErrorCode.Unauthenticated, message = "Sign in first: send Authorization: Bearer with a token from POST /api/token." });
            return;
        }

        var access = http.RequestServices.GetRequiredService<Access.Access>();
        var decision = decide(actor);
        if (!decision.Allowed)
        {
            var refusal = new DomainException(ErrorCode.Forbidden, decision.Reason ?? "This is not allowed.");
            var input = new Dictionary<string, object?> { ["organisationId"] = organisationId };
            await access.RecordRefusalAsync(access.Change(operation, null, input), organisationId, refusal);
            await WriteAsync(http, StatusCodes.Status403Forbidden, new { code = refusal.Code, message = refusal.Message });
            return;
        }

        try
        {
            await work(http.RequestServices.GetRequiredService<IGrainFactory>(), new AuditAuthor(actor.AccountId, actor.Username, actor.RoleList));
        }
        catch (DomainException e)
        {
            var status = e.Code == ErrorCode.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await WriteAsync(http, status, new { code = e.Code, message = e.Message });
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteAsync(http, e.StatusCode, new { code = ErrorCode.InvalidInput, message = "The document is larger than Operations:Import:MaxBytes allows." });
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, object body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, body, body.GetType(), JsonSerializerOptions.Web, http.RequestAborted);
    }
}
