using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Checks <see cref="CommandOptions"/> against its data annotations without reflection.</summary>
[OptionsValidator]
internal sealed partial class CommandOptionsValidator : IValidateOptions<CommandOptions>;
