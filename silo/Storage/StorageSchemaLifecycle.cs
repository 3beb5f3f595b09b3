using Orleans;
using Orleans.Runtime;

namespace SupportGrains.Silo.Storage;

// Runs the schema set-up in the silo's first lifecycle stage. Orleans' ADO.NET providers read OrleansQuery
// in later stages (membership and reminders at RuntimeGrainServices, grain storage at ApplicationServices),
// and a stage starts only after every participant of the earlier stages has finished, so they always see
// the finished schema. A failure here (an old-format database, say) stops the silo before it serves anything.
internal sealed class StorageSchemaLifecycle(StorageSchema schema) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(StorageSchema), ServiceLifecycleStage.First, schema.ApplyAsync);
}
