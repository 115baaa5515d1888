// The ribbon's function file. Both buttons are ShowTaskpane actions (see ribbon.ts), which need no code
// here; Office still loads this page for the add-in's commands, so it only has to initialise Office.js.
Office.onReady(() => {
  // Nothing to register: checking happens in the task pane, where the user sees the result.
});
