from optimce_desktop.app import main

raise SystemExit(main())
