using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportGrains.Silo.Hosting;

namespace SupportGrains.Silo.Storage.Memory;

/// <summary>Registers in-memory storage and reminders.</summary>
public static class MemoryStorageExtensions
{
    /// <summary>Keeps grain state named <paramref name="name"/> in memory.</summary>
    public static ISiloBuilder UseMemoryGrainStorage(this ISiloBuilder silo, string name = "Default")
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<MemoryStore>();
        return silo.AddGrainStorage(name, sp => new MemoryGrainStorage(sp.GetRequiredService<MemoryStore>()));
    }

    /// <summary>Keeps reminders in memory.</summary>
    public static ISiloBuilder UseMemoryReminders(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<MemoryStore>();
        return silo.UseReminderTable(sp => new MemoryReminderTable(sp.GetRequiredService<MemoryStore>()));
    }
}
