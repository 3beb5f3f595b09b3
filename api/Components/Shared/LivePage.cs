using Microsoft.AspNetCore.Components;
using SupportGrains.Api.Application;

namespace SupportGrains.Api.Components.Shared;

/// <summary>
/// The base of a page that shows an organisation's data and keeps it live: it listens to the
/// organisation's changes (<see cref="OrganisationChanges"/>), and loads again after each one,
/// however many arrive while it loads (one more load after the last). Before each load, what the
/// user reaches is worked out again, as it is for each GraphQL request. A page overrides
/// <see cref="LoadAsync"/> and shows <see cref="Loaded"/> / <see cref="LoadError"/>; what a user is
/// typing lives in the page's own fields, never in what <see cref="LoadAsync"/> replaces.
/// </summary>
public abstract partial class LivePage : ComponentBase, IAsyncDisposable
{
    private IAsyncDisposable? _listening;
    private bool _loading;
    private bool _again;

    [Inject]
    protected Access.Access Access { get; set; } = null!;

    [Inject]
    private OrganisationChanges Changes { get; set; } = null!;

    [Inject]
    private ILogger<LivePage> Logger { get; set; } = null!;

    /// <summary>Whether the first load has finished (show a loading state until then).</summary>
    protected bool Loaded { get; private set; }

    /// <summary>Why the last load failed, in words; null when it did not.</summary>
    protected string? LoadError { get; private set; }

    /// <summary>The organisation whose changes the page follows: the user's own by default.</summary>
    protected virtual string? OrganisationId => Access.SignedIn ? Access.Actor.OrganisationId : null;

    /// <summary>Reads what the page shows, through the application's services.</summary>
    protected abstract Task LoadAsync();

    protected override async Task OnInitializedAsync()
    {
        if (OrganisationId is { } organisationId)
        {
            try
            {
                _listening = await Changes.ListenAsync(organisationId, () => InvokeAsync(ReloadAsync));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The page still works; it just does not update by itself.
                LogNotListening(Logger, e, organisationId);
            }
        }

        await ReloadAsync();
    }

    /// <summary>Loads again now (after a change the page made itself, say), or once more after the load under way.</summary>
    protected async Task ReloadAsync()
    {
        if (_loading)
        {
            _again = true;
            return;
        }

        _loading = true;
        try
        {
            do
            {
                _again = false;
                Access.Renew();
                try
                {
                    await LoadAsync();
                    LoadError = null;
                }
                catch (DomainException e)
                {
                    LoadError = e.Message;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoadFailed(Logger, e, GetType().Name);
                    LoadError = "This page could not be read just now. It will try again when something changes, or reload the page.";
                }
            }
            while (_again);
        }
        finally
        {
            _loading = false;
            Loaded = true;
        }

        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        if (_listening is { } listening)
        {
            _listening = null;
            await listening.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [LoggerMessage(1, LogLevel.Warning, "A page could not listen to organisation {OrganisationId}'s changes")]
    private static partial void LogNotListening(ILogger logger, Exception exception, string organisationId);

    [LoggerMessage(2, LogLevel.Error, "Page {Page} could not load")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string page);
}
