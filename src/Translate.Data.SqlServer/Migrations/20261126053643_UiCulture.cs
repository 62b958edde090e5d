using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Translate.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UiCulture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UiCulture",
                table: "AspNetUsers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UiCulture",
                table: "AspNetUsers");
        }
    }
}
