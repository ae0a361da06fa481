import 'collectkit/define.js'; // define the elements before Angular renders them
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

// Zoneless (Angular's default since v21): signals and template listeners drive change detection.
bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
