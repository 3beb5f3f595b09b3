namespace SupportGrains.Grains.Organisations;

/// <summary>
/// Told each time something in an organisation changes (a person, a colleague, a team, a rota, who
/// knows whom, the organisation itself), so a page that shows it can read it again.
/// </summary>
[Alias("SupportGrains.IOrganisationObserver")]
public interface IOrganisationObserver : IGrainObserver
{
    /// <summary>Something in the organisation changed; what, the observer reads again.</summary>
    [OneWay, Alias("Changed")]
    Task ChangedAsync();
}
