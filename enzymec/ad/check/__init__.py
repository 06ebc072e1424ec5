"""--check-gradients: run-time checks of autodiff calls against finite differences."""
