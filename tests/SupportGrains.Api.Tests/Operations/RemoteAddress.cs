using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>Makes every request of an in-process app come from this address (the test server gives none), as if from another machine.</summary>
public sealed class RemoteAddress(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, RequestDelegate nextStep) =>
        {
            http.Connection.RemoteIpAddress = address;
            return nextStep(http);
        });
        next(app);
    };
}
