({
    // The panel needs to know which record it is on and which view to render.
    doInit: function (component) {
        component.set("v.canvasParameters", JSON.stringify({
            view: "account",
            recordId: component.get("v.recordId"),
            sObjectName: component.get("v.sObjectName")
        }));
    }
})
