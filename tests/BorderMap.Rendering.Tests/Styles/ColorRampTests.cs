using BorderMap.Rendering.Styles;
using SkiaSharp;

namespace BorderMap.Rendering.Tests.Styles;

public sealed class ColorRampTests
{
    [Fact]
    public void Ramp_ends_are_its_first_and_last_stops_and_values_outside_are_clamped()
    {
        var ramp = new ColorRamp([(0f, SKColors.Black), (1f, SKColors.White)]);

        Assert.Equal(SKColors.Black, ramp.ColorAt(0f));
        Assert.Equal(SKColors.White, ramp.ColorAt(1f));
        Assert.Equal(SKColors.White, ramp.ColorAt(7f));
        Assert.Equal(new SKColor(0x80, 0x80, 0x80), ramp.ColorAt(0.5f));
    }

    [Fact]
    public void Stops_out_of_order_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ColorRamp([(0.5f, SKColors.Black), (0.2f, SKColors.White)]));
    }

    [Fact]
    public void Heat_ramp_gets_darker_and_more_opaque_as_values_rise()
    {
        static float Luma(SKColor c) => 0.2126f * c.Red + 0.7152f * c.Green + 0.0722f * c.Blue;
        var samples = Enumerable.Range(0, 11).Select(i => ColorRamp.Heat.ColorAt(i / 10f)).ToArray();

        for (var i = 1; i < samples.Length; i++)
        {
            Assert.True(Luma(samples[i]) < Luma(samples[i - 1]), $"step {i} is not darker");
            Assert.True(samples[i].Alpha >= samples[i - 1].Alpha, $"step {i} is more transparent");
        }
    }
}
