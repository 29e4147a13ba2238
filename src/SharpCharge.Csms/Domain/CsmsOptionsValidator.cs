using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain;

/// <summary>Checks <see cref="CsmsOptions"/> against its data annotations without reflection.</summary>
[OptionsValidator]
internal sealed partial class CsmsOptionsValidator : IValidateOptions<CsmsOptions>;
