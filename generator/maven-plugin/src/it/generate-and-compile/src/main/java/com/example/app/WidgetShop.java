package com.example.app;

import com.example.widgets.FancyWidget;
import com.example.widgets.Widget;
import com.example.widgets.WidgetColor;
import java.time.OffsetDateTime;
import java.util.List;

/** Hand-written code that compiles only if the plugin generated the model and added its source root. */
public final class WidgetShop {
  private WidgetShop() {}

  public static Widget ribbonedRedWidget() {
    FancyWidget w = new FancyWidget();
    w.setId("w1");
    w.setSize(12);
    w.setColor(WidgetColor.RED);
    w.setMadeDateTime(OffsetDateTime.parse("2026-01-01T00:00:00Z"));
    w.setTags(List.of("new"));
    w.setRibbon("happy birthday");
    return w;
  }
}
