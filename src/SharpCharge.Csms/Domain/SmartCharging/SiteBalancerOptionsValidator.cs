using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>Checks <see cref="SiteBalancerOptions"/> against its data annotations without reflection.</summary>
[OptionsValidator]
internal sealed partial class SiteBalancerOptionsValidator : IValidateOptions<SiteBalancerOptions>;
