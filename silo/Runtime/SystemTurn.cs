namespace SupportGrains.Silo.Runtime;

/// <summary>A turn the runtime itself runs on an activation: activating it or deactivating it.</summary>
internal sealed class SystemTurn : GrainRequest<VoidResult>
{
    private readonly Func<ValueTask<VoidResult>> _body;

    private SystemTurn(bool activates, Func<ValueTask<VoidResult>> body)
    {
        Activates = activates;
        _body = body;
    }

    public bool Activates { get; }

    public override string MethodName => Activates ? "OnActivateAsync" : "OnDeactivateAsync";

    internal override bool AwaitsAnswer => false;

    public static SystemTurn Activate(Activation activation) => new(true, activation.RunActivationAsync);

    public static SystemTurn Deactivate(Activation activation, DeactivationReason reason) =>
        new(false, () => activation.RunDeactivationAsync(reason));

    protected override ValueTask<VoidResult> InvokeCore(object grain) => _body();
}
